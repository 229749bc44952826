package model

import (
	"strings"
	"testing"
)

func TestNormalizeFingerprint(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a1b2-c3d4-e5f6", "a1b2c3d4e5f6"},
		{"  A1B2 C3D4 E5F6\n", "a1b2c3d4e5f6"},
		{"a1b2–c3d4–e5f6", "a1b2c3d4e5f6"},
		{"a1b2-c3d4-e5fx", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := NormalizeFingerprint(c.in); got != c.want {
			t.Errorf("NormalizeFingerprint(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatchFingerprint(t *testing.T) {
	v1 := &Agreement{Meta: Meta{ID: "a1"}, Title: "Trygg i Sätra", Version: 1, State: StateSuperseded}
	v1.Fingerprint = strings.Repeat("ab", 32)
	v2 := &Agreement{Meta: Meta{ID: "a2"}, Title: "Trygg i Sätra", Version: 2, State: StateSigned}
	v2.Fingerprint = strings.Repeat("cd", 32)
	draft := &Agreement{Meta: Meta{ID: "a3"}, Title: "Utkast", Version: 3, State: StateDraft}
	gone := &Agreement{Meta: Meta{ID: "a4", Deleted: true}, Version: 1, Fingerprint: strings.Repeat("ef", 32)}
	all := []*Agreement{v1, v2, draft, gone}

	t.Run("Short", func(t *testing.T) {
		got := MatchFingerprint(all, ShortFingerprint(v2.Fingerprint))
		if len(got) != 1 || got[0] != v2 {
			t.Fatalf("got %v, want version 2", got)
		}
	})
	t.Run("Full", func(t *testing.T) {
		got := MatchFingerprint(all, strings.ToUpper(v1.Fingerprint))
		if len(got) != 1 || got[0] != v1 {
			t.Fatalf("got %v, want version 1", got)
		}
	})
	t.Run("TooShort", func(t *testing.T) {
		if got := MatchFingerprint(all, "abab"); got != nil {
			t.Fatalf("got %v for four digits", got)
		}
	})
	t.Run("NoneMatches", func(t *testing.T) {
		if got := MatchFingerprint(all, "0000-0000-0000"); got != nil {
			t.Fatalf("got %v", got)
		}
	})
	t.Run("DeletedNeverMatches", func(t *testing.T) {
		if got := MatchFingerprint(all, gone.Fingerprint); got != nil {
			t.Fatalf("got %v", got)
		}
	})
}

func TestFingerprintInPDF(t *testing.T) {
	fp := strings.Repeat("0123456789abcdef", 4)
	pdf := []byte("%PDF-1.3\n1 0 obj <</Keywords (" + PDFFingerprintKeyword + fp + ")>>")
	if got := FingerprintInPDF(pdf); got != fp {
		t.Fatalf("got %q", got)
	}
	if got := FingerprintInPDF([]byte("%PDF-1.3 nothing here")); got != "" {
		t.Fatalf("got %q from a PDF without one", got)
	}
}
