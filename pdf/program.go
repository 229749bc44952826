package pdf

import "strings"

// programName returns how a document names the program that made it,
// "Samverka 1.2.0", or "" when the version is not a released one (a
// development build says "dev" or "(devel)"): a document never says it was
// made by "Samverka dev".
func programName(version string) string {
	v := strings.TrimSpace(version)
	if v == "" || v == "dev" || v == "(devel)" || strings.HasPrefix(v, "dev-") {
		return ""
	}
	return "Samverka " + v
}

// programField prints "Skapad med Samverka 1.2.0" on a verification page,
// or nothing for a development build.
func (d *doc) programField(version string) {
	if name := programName(version); name != "" {
		d.field(d.msg("verify.program"), d.plain(name))
	}
}
