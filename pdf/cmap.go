package pdf

import (
	"encoding/binary"
	"errors"
)

// coverage is the set of runes below U+10000 a font has a glyph for.
type coverage [0x10000 / 64]uint64

// has reports whether the font draws r.
func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r/64]&(1<<(r%64)) != 0
}

func (c *coverage) add(r int) { c[r/64] |= 1 << (r % 64) }

// errNoCmap says a font has no Unicode character map gofpdf can use.
var errNoCmap = errors.New("font has no Unicode format-4 cmap")

// readCoverage reads the runes a TrueType font maps to a glyph from the
// same cmap subtable gofpdf uses (Unicode or Windows Unicode BMP, format
// 4), so that what it reports drawable gofpdf draws.
func readCoverage(font []byte) (*coverage, error) {
	u16 := func(at int) (int, bool) {
		if at < 0 || at+2 > len(font) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(font[at:])), true
	}
	u32 := func(at int) (int, bool) {
		if at < 0 || at+4 > len(font) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(font[at:])), true
	}
	numTables, ok := u16(4)
	if !ok {
		return nil, errNoCmap
	}
	cmap := -1
	for i := range numTables {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil, errNoCmap
		}
		if string(font[rec:rec+4]) == "cmap" {
			cmap, _ = u32(rec + 8)
			break
		}
	}
	if cmap < 0 {
		return nil, errNoCmap
	}
	count, ok := u16(cmap + 2)
	if !ok {
		return nil, errNoCmap
	}
	sub := -1
	for i := range count {
		rec := cmap + 4 + 8*i
		platform, _ := u16(rec)
		encoding, _ := u16(rec + 2)
		offset, ok := u32(rec + 4)
		if !ok {
			return nil, errNoCmap
		}
		if platform == 0 || platform == 3 && encoding == 1 {
			if format, _ := u16(cmap + offset); format == 4 {
				sub = cmap + offset
				break
			}
		}
	}
	if sub < 0 {
		return nil, errNoCmap
	}
	segX2, ok := u16(sub + 6)
	if !ok {
		return nil, errNoCmap
	}
	ends := sub + 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	offsets := deltas + segX2
	if offsets+segX2 > len(font) {
		return nil, errNoCmap
	}
	cov := new(coverage)
	for s := 0; s < segX2; s += 2 {
		end, _ := u16(ends + s)
		start, _ := u16(starts + s)
		delta, _ := u16(deltas + s)
		rangeOffset, _ := u16(offsets + s)
		for r := start; r <= end && r < 0xFFFF; r++ {
			glyph := 0
			if rangeOffset == 0 {
				glyph = (r + delta) & 0xFFFF
			} else if g, ok := u16(offsets + s + rangeOffset + 2*(r-start)); ok && g != 0 {
				glyph = (g + delta) & 0xFFFF
			}
			if glyph != 0 {
				cov.add(r)
			}
		}
	}
	return cov, nil
}
