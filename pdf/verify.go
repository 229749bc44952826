package pdf

import "samverka/model"

// VerifyInput gathers what model.Verify needs to judge data, a PDF said to
// be a printout of one of ds's agreements: the agreements, the recorded
// printouts, this program's printouts of a version now (Swedish and
// English, as program version prints them) and, when pdftotext is at
// hand, page texts to compare a re-saved copy by.
func VerifyInput(ds *model.Dataset, data []byte, program string) model.VerifyInput {
	in := model.VerifyInput{PDF: data, Agreements: ds.Agreements, Printouts: ds.Printouts}
	in.Print = func(a *model.Agreement) [][]byte {
		var out [][]byte
		for _, lang := range []string{"sv", "en"} {
			ai, ok := AgreementInputFrom(ds, a.ID)
			if !ok {
				return nil
			}
			ai.ProgramVersion, ai.Lang = program, lang
			if b, _, err := Agreement(ai); err == nil {
				out = append(out, b)
			}
		}
		return out
	}
	if TextTool() {
		in.PageTexts = PageTexts
	}
	return in
}

// VerdictMessage returns the translation key and arguments that say a
// verdict in words; GUI and CLI say it alike.
func VerdictMessage(v model.Verdict) (string, map[string]any) {
	args := map[string]any{}
	if a := v.Agreement; a != nil {
		args["Title"], args["Version"] = a.Title, max(a.Version, 1)
		args["Date"] = string(model.DateOf(a.SealedAt.Local()))
		args["Short"] = model.ShortFingerprint(a.Fingerprint)
	}
	args["InForce"] = ""
	if v.InForce != nil {
		args["InForce"] = max(v.InForce.Version, 1)
	}
	switch v.Kind {
	case model.Verified:
		return "verify.verified", args
	case model.SupersededPrintout:
		if v.InForce == nil {
			return "verify.supersededNoneInForce", args
		}
		return "verify.superseded", args
	case model.UnsignedPrintout:
		return "verify.unsigned", args
	case model.TamperedRecord:
		return "verify.tampered", args
	case model.SameText:
		return "verify.sameText", args
	case model.TextUnknown:
		return "verify.textUnknown", args
	}
	return "verify.notPrintout", args
}
