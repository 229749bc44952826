package pdf

import (
	"testing"
)

func TestShapeArabic(t *testing.T) {
	fonts, err := loadCoverage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, in, want string }{
		// meem initial, hah medial, meem medial, dal final
		{"Muhammad", "محمد", "\uFEE3\uFEA4\uFEE4\uFEAA"},
		// lam-alef ligature: a final lam-alef after beh? Here: salam.
		{"salaam", "سلام", "\uFEB3\uFEFC\uFEE1"},
		{"isolated letters", "ب ا", "\uFE8F \uFE8D"},
		{"right-joining alef breaks the chain", "ادب", "\uFE8D\uFEA9\uFE8F"},
		{"harakat are transparent", "بَب", "\uFE91\u064E\uFE90"},
		{"Latin untouched", "Åsa", "Åsa"},
	}
	for _, c := range cases {
		if got := string(shapeArabic([]rune(c.in), fonts)); got != c.want {
			t.Errorf("%s: shapeArabic(%q) = %U, want %U", c.name, c.in, []rune(got), []rune(c.want))
		}
	}
}

func TestVisualOrder(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"Hebrew", "שלום", "םולש"},
		{"Hebrew in Swedish", "Hej שלום עולם då", "Hej םלוע םולש då"},
		{"numbers keep their order", "שלום 123 עולם", "םלוע 123 םולש"},
		{"points stay after their letter", "שָׁלוֹם", "םוֹלשָׁ"},
		{"lines apart", "אב\nגד", "בא\nדג"},
		{"Latin untouched", "Ayşe Yılmaz", "Ayşe Yılmaz"},
	}
	for _, c := range cases {
		if got := string(visualOrder([]rune(c.in))); got != c.want {
			t.Errorf("%s: visualOrder(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
