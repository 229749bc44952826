package pdf

import (
	"slices"
	"strings"
	"testing"

	"samverka/model"
)

func newSanitizer(t *testing.T) *sanitizer {
	t.Helper()
	fonts, err := loadCoverage()
	if err != nil {
		t.Fatal(err)
	}
	return &sanitizer{fonts: fonts}
}

func TestSanitizer(t *testing.T) {
	const nfdName = "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng" // typed with combining marks
	cases := []struct {
		name, in, want string
		replaced       []rune
	}{
		{"Swedish", "Åsa Öberg, åäö ÅÄÖ é", "Åsa Öberg, åäö ÅÄÖ é", nil},
		{"Polish and Turkish", "Łukasz Wiśniewski, Ayşe Yılmaz, Şule, ğ", "Łukasz Wiśniewski, Ayşe Yılmaz, Şule, ğ", nil},
		{"Vietnamese NFC", "Nguyễn Thị Hương", "Nguyễn Thị Hương", nil},
		{"Vietnamese NFD", nfdName, "Nguyễn Thị Hương", nil},
		{"marks out of order", "e\u0302\u0323", "ệ", nil},
		// Right-to-left script in visual order, Arabic joined.
		{"Hebrew", "שלום", "םולש", nil},
		{"Arabic", "مرحبا", "\uFE8E\uFE92\uFEA3\uFEAE\uFEE3", nil},
		{"emoji", "Hej 😀 då", "Hej □ då", []rune{0x1F600}},
		{"skin tone", "👍🏽 bra", "□ bra", []rune{0x1F44D}},
		{"ZWJ family", "A👨‍👩‍👧B", "A□B", []rune{0x1F468}},
		{"ZWJ with a drawable part", "🏃‍♀️ spring", "□ spring", []rune{0x1F3C3}},
		{"flags", "🇸🇪🇳🇴", "□□", []rune{0x1F1F8, 0x1F1F3}},
		{"selector kept glyph", "☺️", "☺", nil},
		{"CJK", "北京 東京", "□□ □□", []rune{'北', '京', '東'}},
		{"controls", "a\tb\x00c\u200fd", "a bcd", nil},
		{"line breaks", "rad ett\r\nrad två", "rad ett rad två", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			z := newSanitizer(t)
			got := z.line(source{model.KindPart, "p1", "Delen"}, "name", c.in)
			if string(got) != c.want {
				t.Errorf("line(%q) = %q, want %q", c.in, got, c.want)
			}
			if len(c.replaced) == 0 {
				if len(z.warnings) != 0 {
					t.Errorf("warnings for drawable text: %v", z.warnings)
				}
				return
			}
			if len(z.warnings) != 1 {
				t.Fatalf("got %d warnings, want 1", len(z.warnings))
			}
			w := z.warnings[0]
			if w.Kind != model.KindPart || w.RecordID != "p1" || w.Field != "name" || !slices.Equal(w.Replaced, c.replaced) {
				t.Errorf("warning %+v, want replaced %q in name of p1", w, c.replaced)
			}
		})
	}
}

func TestSanitizerKeepsLineBreaksInBlocks(t *testing.T) {
	z := newSanitizer(t)
	if got := z.block(source{}, "", "ett\ntvå\u2028tre"); got != "ett\ntvå\ntre" {
		t.Errorf("block = %q", got)
	}
}

func TestSanitizerOneWarningPerField(t *testing.T) {
	z := newSanitizer(t)
	from := source{model.KindAgreement, "a1", "Avtalet"}
	z.line(from, "title", "😀")
	z.line(from, "title", "😀 och 中")
	z.line(from, "sections.goals", "中")
	if len(z.warnings) != 2 {
		t.Fatalf("warnings %v", z.warnings)
	}
	if got := string(z.warnings[0].Replaced); got != "😀中" {
		t.Errorf("title lost %q", got)
	}
	msg := z.warnings[0].Message("sv")
	if !strings.Contains(msg, "Avtalet") || !strings.Contains(msg, "U+1F600") || !strings.Contains(msg, "□") {
		t.Errorf("message %q", msg)
	}
	if en := z.warnings[1].Message("en"); !strings.Contains(en, "cannot be printed") {
		t.Errorf("English message %q", en)
	}
}

func TestNFCAgainstPrecomposed(t *testing.T) {
	// Every composition in the table composes back from its decomposition.
	for _, c := range compositions {
		d := decompose(nil, c.composite)
		if got := nfc(d); len(got) != 1 || got[0] != c.composite {
			t.Fatalf("nfc(%U) = %U, want %U", d, got, c.composite)
		}
	}
}
