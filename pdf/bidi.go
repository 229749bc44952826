package pdf

import "slices"

// gofpdf draws every text left to right, one glyph per character, with
// no shaping. Hebrew and Arabic would come out mirrored and, for Arabic,
// as unjoined letters. So, before printing, Arabic letters take the
// contextual form (Unicode's presentation forms, which the font has) and
// each right-to-left run of a line is reversed into visual order. This
// is not the Unicode bidirectional algorithm: a right-to-left paragraph
// that wraps over several lines keeps its lines in logical order. It is
// enough for names and short phrases, which is what a council's
// documents hold in these scripts.

// arabicForms gives, for an Arabic letter, its isolated presentation form
// and whether it joins the letter after it too (dual-joining) or only the
// letter before (right-joining). Final, initial and medial forms follow
// the isolated one.
var arabicForms = map[rune]struct {
	isolated rune
	dual     bool
}{
	0x0621: {0xFE80, false}, 0x0622: {0xFE81, false}, 0x0623: {0xFE83, false}, 0x0624: {0xFE85, false},
	0x0625: {0xFE87, false}, 0x0626: {0xFE89, true}, 0x0627: {0xFE8D, false}, 0x0628: {0xFE8F, true},
	0x0629: {0xFE93, false}, 0x062A: {0xFE95, true}, 0x062B: {0xFE99, true}, 0x062C: {0xFE9D, true},
	0x062D: {0xFEA1, true}, 0x062E: {0xFEA5, true}, 0x062F: {0xFEA9, false}, 0x0630: {0xFEAB, false},
	0x0631: {0xFEAD, false}, 0x0632: {0xFEAF, false}, 0x0633: {0xFEB1, true}, 0x0634: {0xFEB5, true},
	0x0635: {0xFEB9, true}, 0x0636: {0xFEBD, true}, 0x0637: {0xFEC1, true}, 0x0638: {0xFEC5, true},
	0x0639: {0xFEC9, true}, 0x063A: {0xFECD, true}, 0x0641: {0xFED1, true}, 0x0642: {0xFED5, true},
	0x0643: {0xFED9, true}, 0x0644: {0xFEDD, true}, 0x0645: {0xFEE1, true}, 0x0646: {0xFEE5, true},
	0x0647: {0xFEE9, true}, 0x0648: {0xFEED, false}, 0x0649: {0xFEEF, false}, 0x064A: {0xFEF1, true},
}

// lamAlef maps an alef that follows lam to the isolated form of their
// ligature; the final form follows it.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const (
	lam     = 0x0644
	tatweel = 0x0640
)

// arabicMark reports whether r is a mark that joining looks through.
func arabicMark(r rune) bool {
	return r >= 0x0610 && r <= 0x061A || r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED
}

// joinsForward reports whether r connects to the letter after it.
func joinsForward(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := arabicForms[r]
	return ok && f.dual
}

// joinsBack reports whether r connects to the letter before it.
func joinsBack(r rune) bool {
	_, ok := arabicForms[r]
	return ok || r == tatweel
}

// shapeArabic replaces Arabic letters with their contextual forms where
// the fonts have them.
func shapeArabic(s []rune, fonts *coverage) []rune {
	if !slices.ContainsFunc(s, func(r rune) bool { return r >= 0x0621 && r <= 0x064A }) {
		return s
	}
	neighbour := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(s); j += step {
			if !arabicMark(s[j]) {
				return s[j]
			}
		}
		return 0
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := s[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		before := joinsForward(neighbour(i, -1))
		if r == lam && i+1 < len(s) {
			if lig, ok := lamAlef[s[i+1]]; ok {
				if before {
					lig++
				}
				if fonts.has(lig) {
					out = append(out, lig)
					i++
					continue
				}
			}
		}
		after := f.dual && joinsBack(neighbour(i, 1))
		form := f.isolated
		switch {
		case before && after:
			form += 3
		case after:
			form += 2
		case before:
			form++
		}
		if !fonts.has(form) {
			form = r
		}
		out = append(out, form)
	}
	return out
}

// rightToLeft reports whether r is a strong right-to-left character.
func rightToLeft(r rune) bool {
	return !digit(r) && (r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE)
}

// digit reports whether r is a European or Arabic-Indic digit: numbers
// read left to right in either script.
func digit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// neutral reports whether r takes the direction of the text around it.
func neutral(r rune) bool {
	return r == ' ' || r >= '!' && r <= '/' || r >= ':' && r <= '@' || r == '"' || r == '\'' ||
		r >= 0x2010 && r <= 0x2027
}

// visualOrder reverses every right-to-left run of each line of s, keeping
// marks after their letter and numbers in reading order.
func visualOrder(s []rune) []rune {
	if !slices.ContainsFunc(s, rightToLeft) {
		return s
	}
	out := slices.Clone(s)
	for i := 0; i < len(out); {
		if !rightToLeft(out[i]) {
			i++
			continue
		}
		// The run: right-to-left letters, their marks, and digits and
		// neutrals that stand between two right-to-left letters.
		end, last := i, i
		for j := i; j < len(out) && out[j] != '\n'; j++ {
			r := out[j]
			if rightToLeft(r) || (j > i && combiningClass(r) != 0) {
				last = j
				continue
			}
			if !neutral(r) && !digit(r) {
				break
			}
		}
		end = last + 1
		reverseRun(out[i:end])
		i = end
	}
	return out
}

// reverseRun reverses run in place by clusters (a letter and its marks)
// and turns digit sequences back to reading order.
func reverseRun(run []rune) {
	slices.Reverse(run)
	// After reversing, a mark stands before its letter: swap each cluster
	// back so the letter comes first.
	for i := 0; i < len(run); {
		j := i
		for j < len(run) && combiningClass(run[j]) != 0 {
			j++
		}
		if j > i && j < len(run) {
			slices.Reverse(run[i : j+1])
			i = j + 1
			continue
		}
		i = j + 1
	}
	for i := 0; i < len(run); {
		if !digit(run[i]) {
			i++
			continue
		}
		j := i
		for j < len(run) && (digit(run[j]) || run[j] == '.' || run[j] == ',') {
			j++
		}
		slices.Reverse(run[i:j])
		i = j
	}
}
