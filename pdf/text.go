package pdf

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"samverka/assets"
	"samverka/model"
)

// safe is text that went through the sanitizer: every rune in it is one
// the embedded fonts draw and gofpdf can handle. The drawing functions take
// only safe text, so no string reaches gofpdf unchecked.
type safe string

// substitute stands in for a character the fonts cannot draw: a visible
// box, so the reader sees that something is missing.
const substitute = '□'

var (
	fontsOnce sync.Once
	drawable  *coverage // runes both the regular and the bold font draw
	fontsErr  error
)

// loadCoverage reads which runes the embedded fonts draw, once.
func loadCoverage() (*coverage, error) {
	fontsOnce.Do(func() {
		regular, err := readCoverage(assets.FontRegular)
		if err != nil {
			fontsErr = err
			return
		}
		bold, err := readCoverage(assets.FontBold)
		if err != nil {
			fontsErr = err
			return
		}
		for i := range regular {
			regular[i] &= bold[i]
		}
		drawable = regular
	})
	return drawable, fontsErr
}

// source names the record a text comes from, for warnings.
type source struct {
	kind  model.Kind
	id    string
	label string
}

// sanitizer turns the texts of a document into safe text and remembers
// what it had to replace.
type sanitizer struct {
	fonts    *coverage
	warnings Warnings
}

// line returns s as safe text for one line: line breaks become spaces,
// and white space around it goes.
func (z *sanitizer) line(from source, field, s string) safe {
	return safe(strings.TrimSpace(string(z.clean(&from, field, s, false))))
}

// block returns s as safe text that keeps its line breaks, without
// trailing white space.
func (z *sanitizer) block(from source, field, s string) safe {
	return safe(strings.TrimRight(string(z.clean(&from, field, s, true)), " \n"))
}

// fixed returns the program's own text (headings, labels, metadata) as
// safe text. It is checked too, so that no text can crash a document, but
// without a warning: any user text in it was sanitised, and warned about,
// where it is printed.
func (z *sanitizer) fixed(s string) safe {
	return z.clean(nil, "", s, true)
}

// plainASCII reports whether s holds only printable ASCII and line breaks,
// which the fonts always draw: most texts, and they need no work.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 || c > 0x7e) && c != '\n' {
			return false
		}
	}
	return true
}

// clean does the work of line, block and fixed; warnings go to from,
// none when from is nil.
func (z *sanitizer) clean(from *source, field, s string, multiline bool) safe {
	if plainASCII(s) {
		if !multiline {
			s = strings.ReplaceAll(s, "\n", " ")
		}
		return safe(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, string(utf8.RuneError))
	}
	runes := shapeArabic(nfc([]rune(s)), z.fonts)
	out := make([]rune, 0, len(runes))
	var missing []rune
	inCluster, joinNext := false, false
	for i, r := range runes {
		switch {
		case joinNext:
			// The rune after a zero-width joiner belongs to the emoji that
			// was already replaced.
			joinNext = false
			continue
		case inCluster && r == '\u200d':
			joinNext = true
			continue
		case inCluster && clusterExtender(r, runes, i):
			continue
		}
		inCluster = false
		switch {
		case r == '\n' || r == '\u2028' || r == '\u2029':
			if multiline {
				out = append(out, '\n')
			} else {
				out = append(out, ' ')
			}
		case r == '\t':
			out = append(out, ' ')
		case invisible(r):
			// Controls, joiners, selectors and direction marks draw
			// nothing; dropping them loses nothing a reader would see.
		case z.fonts.has(r):
			out = append(out, r)
		default:
			out = append(out, substitute)
			inCluster = true
			if !containsRune(missing, r) {
				missing = append(missing, r)
			}
		}
	}
	if len(missing) > 0 && from != nil {
		z.warn(*from, field, missing)
	}
	return safe(string(visualOrder(out)))
}

// invisible reports whether r is a control or formatting character.
func invisible(r rune) bool {
	switch {
	case r == '\r' || r == '\u00ad' || r == '\ufeff':
		return true
	case r >= '\ufe00' && r <= '\ufe0f', r >= 0xe0100 && r <= 0xe01ef:
		return true // variation selectors
	case r >= 0xe0000 && r <= 0xe007f:
		return true // tags
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// clusterExtender reports whether runes[i] continues the character that
// was just replaced, so that an emoji with a skin tone, a flag or a keycap
// is one box and not three.
func clusterExtender(r rune, runes []rune, i int) bool {
	switch {
	case r >= 0x1f3fb && r <= 0x1f3ff: // skin tones
		return true
	case r == '\u20e3' || invisible(r): // keycap, selectors, tags
		return true
	case regionalIndicator(r): // the second half of a flag
		n := 0
		for j := i - 1; j >= 0 && regionalIndicator(runes[j]); j-- {
			n++
		}
		return n%2 == 1
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}

func regionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

func containsRune(list []rune, r rune) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// warn records that text of from's field lost the runes missing; one
// warning per field, whatever the number of places it is printed.
func (z *sanitizer) warn(from source, field string, missing []rune) {
	for i := range z.warnings {
		w := &z.warnings[i]
		if w.Kind == from.kind && w.RecordID == from.id && w.Field == field {
			for _, r := range missing {
				if !containsRune(w.Replaced, r) {
					w.Replaced = append(w.Replaced, r)
				}
			}
			return
		}
	}
	z.warnings = append(z.warnings, Warning{
		Kind: from.kind, RecordID: from.id, Label: from.label, Field: field,
		Replaced: missing,
	})
}
