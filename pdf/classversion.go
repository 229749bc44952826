package pdf

import (
	"samverka/assets"
	"slices"
	"strings"

	"samverka/model"
)

// versionLine says which information classes a document includes, as its
// subtitle: the public version only what is Öppen; the full version the
// classes it holds, with the sekretess provisions of what is Ej offentlig.
func versionLine(lang string, public bool, holds []model.Marking) string {
	if public {
		return tr(lang, "class.version.public")
	}
	var internal, secret bool
	var provisions []string
	for _, m := range holds {
		switch m.Class {
		case model.ClassInternal:
			internal = true
		case model.ClassSecret:
			secret = true
			if p := strings.TrimSpace(m.Provision); p != "" && !slices.Contains(provisions, p) {
				provisions = append(provisions, p)
			}
		}
	}
	switch {
	case secret && len(provisions) > 0:
		return tr(lang, "class.version.secret", "Provisions", strings.Join(provisions, ", "))
	case secret:
		return tr(lang, "class.version.secret.noprovision")
	case internal:
		return tr(lang, "class.version.internal")
	}
	return tr(lang, "class.version.open")
}

// holds returns the markings of every part the lägesbild's full version
// prints: its own, its tables, items, problems, causes and the previous
// plan's rows.
func (g *situationDoc) holds() []model.Marking {
	s := g.in.Situation
	out := []model.Marking{s.Marking}
	for _, t := range s.Tables {
		out = append(out, t.Marking)
	}
	for _, it := range s.Items {
		out = append(out, it.Marking)
	}
	for _, grp := range g.in.Plan.Groups {
		if grp.Problem != nil {
			out = append(out, grp.Problem.Marking)
		}
		for _, r := range grp.Rows {
			if r.Cause != nil {
				out = append(out, r.Cause.Marking)
			}
		}
	}
	for _, o := range g.in.Outcomes {
		out = append(out, o.Entry.Marking)
	}
	return out
}

// CodeNoPublicVersion refuses the public version of a document that is
// not Öppen as a whole.
const CodeNoPublicVersion = "class.nopublic"

// noPublicVersion is the refusal of a public version of the document
// labelled label, of class m.
func noPublicVersion(lang, label string, m model.Marking) error {
	return model.Errorf(CodeNoPublicVersion, "Label", label, "Class", className(lang, m))
}

// className names a marking's class: "Intern", "Ej offentlig (OSL 18 kap.
// 1 §)".
func className(lang string, m model.Marking) string {
	switch m.Class {
	case model.ClassInternal:
		return assets.Message(lang, "class.internal", nil)
	case model.ClassSecret:
		name := assets.Message(lang, "class.secret", nil)
		if m.Provision != "" {
			name += " (" + m.Provision + ")"
		}
		return name
	}
	return assets.Message(lang, "class.open", nil)
}

// classLabel returns a part's heading with its class when that is not
// Öppen: "Anmälda brott (Intern)", "Underrättelse (Ej offentlig, OSL 18
// kap. 1 §)".
func classLabel(lang, text string, m model.Marking) string {
	switch m.Class {
	case model.ClassInternal:
		return text + " (" + tr(lang, "class.internal") + ")"
	case model.ClassSecret:
		return text + " (" + tr(lang, "class.secret", "Provision", m.Provision) + ")"
	}
	return text
}
