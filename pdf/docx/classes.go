package docx

import "samverka/pdf/flow"

// Word lays out its own pages, so which page a part lands on is not known
// here. The header of every page therefore carries the document's
// marking and the strictest class it holds ("EJ OFFENTLIG – OSL 18 kap.
// 1 §"), and each classified part starts with its own class, stamped at
// the right margin, so that a reader sees which parts it covers.

// pageMarking is the text of every page's header: the document's marking
// ("UTKAST") and its strictest class, either of them alone, or "".
func pageMarking(fd *flow.Document) string {
	class := fd.Classes().Text()
	switch {
	case fd.Marking == "":
		return class
	case class == "":
		return fd.Marking
	}
	return fd.Marking + " · " + class
}

// stampXML is a classified part's stamp; "" for the end of one.
func stampXML(m *flow.Mark) string {
	var c flow.Classes
	c.Add(m)
	text := c.Text()
	if text == "" {
		return ""
	}
	return `<w:p><w:pPr><w:keepNext/><w:jc w:val="right"/><w:spacing w:before="120" w:after="0"/></w:pPr>` +
		`<w:r><w:rPr><w:b/><w:color w:val="BE1E1E"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r></w:p>`
}
