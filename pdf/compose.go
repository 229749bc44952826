package pdf

import (
	"cmp"
	"slices"
	"sync"
)

// composition is one canonical pair composition: starter followed by mark
// is composite.
type composition struct{ starter, mark, composite rune }

// combiningRun is a run of runes sharing one non-zero combining class.
type combiningRun struct {
	lo, hi rune
	class  uint8
}

var (
	tablesOnce     sync.Once
	decompositions map[rune]composition // composite → its pair
	seconds        coverage             // runes that compose with the rune before them
)

func loadTables() {
	tablesOnce.Do(func() {
		decompositions = make(map[rune]composition, len(compositions))
		for _, c := range compositions {
			decompositions[c.composite] = c
			seconds.add(int(c.mark))
		}
	})
}

// combiningClass returns r's canonical combining class; 0 for a starter.
func combiningClass(r rune) uint8 {
	if r < 0x300 {
		return 0
	}
	i, found := slices.BinarySearchFunc(combiningClasses[:], r, func(c combiningRun, r rune) int {
		switch {
		case r < c.lo:
			return 1
		case r > c.hi:
			return -1
		}
		return 0
	})
	if !found {
		return 0
	}
	return combiningClasses[i].class
}

// compose returns the canonical composition of starter and mark, if any.
func compose(starter, mark rune) (rune, bool) {
	i, found := slices.BinarySearchFunc(compositions[:], composition{starter: starter, mark: mark},
		func(a, b composition) int {
			return cmp.Or(cmp.Compare(a.starter, b.starter), cmp.Compare(a.mark, b.mark))
		})
	if !found {
		return 0, false
	}
	return compositions[i].composite, true
}

// decompose appends r's full canonical decomposition to out.
func decompose(out []rune, r rune) []rune {
	loadTables()
	c, ok := decompositions[r]
	if !ok {
		return append(out, r)
	}
	out = decompose(out, c.starter)
	return append(out, c.mark)
}

// needsComposing reports whether s may change under NFC: only text with a
// combining mark, or a rune that composes with the one before it, can.
// Most text has none, and skips the work.
func needsComposing(s []rune) bool {
	loadTables()
	for _, r := range s {
		if r >= 0x300 && (seconds.has(r) || combiningClass(r) != 0) {
			return true
		}
	}
	return false
}

// nfc brings s to Unicode normalisation form C as far as the tables reach
// (compositions below U+10000, without Hangul): "Nguyễn" typed with
// combining marks becomes the precomposed letters the font draws well, and
// that a reader of the PDF can search for.
func nfc(s []rune) []rune {
	if !needsComposing(s) {
		return s
	}
	d := make([]rune, 0, len(s)+4)
	for _, r := range s {
		d = decompose(d, r)
	}
	// Canonical ordering: a stable sort of each run of marks by class.
	for i := 0; i < len(d); {
		if combiningClass(d[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(d) && combiningClass(d[j]) != 0 {
			j++
		}
		slices.SortStableFunc(d[i:j], func(a, b rune) int {
			return cmp.Compare(combiningClass(a), combiningClass(b))
		})
		i = j
	}
	// Canonical composition: each mark joins the last starter unless a mark
	// of the same or a higher class stands between them.
	out := d[:0]
	starter := -1
	var last uint8
	for _, r := range d {
		c := combiningClass(r)
		if starter >= 0 && (len(out)-1 == starter || (last != 0 && last < c)) {
			if x, ok := compose(out[starter], r); ok {
				out[starter] = x
				continue
			}
		}
		if c == 0 {
			starter = len(out)
		}
		last = c
		out = append(out, r)
	}
	return out
}
