package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"samverka/model"
	"samverka/pdf"
	"samverka/storage"
)

// typedChecksum reports whether arg is a checksum typed from a paper copy
// rather than the name of a PDF file.
func typedChecksum(arg string) bool {
	if _, err := os.Stat(arg); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	return len(model.NormalizeFingerprint(arg)) >= model.MinFingerprintDigits
}

// verifyChecksum: verify FILE CHECKSUM. It finds the version a checksum
// from a paper copy's footer belongs to and prints its full text, as
// this program prints it, beside the sentence that says what that proves:
// the checksum identifies the version, the reader compares the text.
func verifyChecksum(c *call, path, typed string) int {
	var ds *model.Dataset
	err := readOnly(path, func(d *storage.Document) error {
		var err error
		ds, err = d.Load()
		return err
	})
	if err != nil {
		return c.failAt(path, err)
	}
	matches := model.MatchFingerprint(ds.Agreements, typed)
	if len(matches) == 0 {
		c.line("verify.checksum.none", "Short", typed)
		return exitRefused
	}
	a := matches[0]
	c.line("verify.checksum.found", "Short", model.ShortFingerprint(a.Fingerprint), "Title", a.Title, "Version", max(a.Version, 1))
	in, ok := pdf.AgreementInputFrom(ds, a.ID)
	if ok && pdf.TextTool() {
		in.ProgramVersion, in.Lang = version, c.lang
		if data, _, err := pdf.Agreement(in); err == nil {
			if pages, err := pdf.PageTexts(data); err == nil {
				for i, p := range pages {
					if strings.TrimSpace(p) == "" {
						continue
					}
					fmt.Fprintf(c.stdout, "--- %d ---\n%s\n", i+1, strings.TrimRight(p, "\n"))
				}
				return exitOK
			}
		}
	}
	// Without text extraction: the agreement's own words.
	fmt.Fprintf(c.stdout, "%s\n%s – %s\n", a.Title, a.From, a.To)
	for _, s := range []string{a.Sections.Background, a.Sections.Problems, a.Sections.Causes, a.Sections.Goals, a.Sections.Documentation, a.Sections.FollowUp} {
		if s != "" {
			fmt.Fprintf(c.stdout, "\n%s\n", s)
		}
	}
	return exitOK
}
