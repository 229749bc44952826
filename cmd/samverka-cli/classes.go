package main

// classified are the documents whose parts have information classes, and
// so a public version (--public).
var classified = map[string]bool{"situation": true, "plan": true, "minutes": true, "invitation": true}

// classLine says which classes a written document includes.
func (c *call) classLine(kind string, public bool) {
	if !classified[kind] {
		return
	}
	if public {
		c.line("cli.class.public")
	} else {
		c.line("cli.class.full")
	}
}
