package flow

import "testing"

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{
		1234: "1\u00a0234", 7.1000000000005: "7,1", 48.5: "48,5", 60.254: "60,25", -3: "−3", 0: "0", 1234567.5: "1\u00a0234\u00a0567,5",
	} {
		if got := Number(v); got != want {
			t.Errorf("Number(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestScale(t *testing.T) {
	for _, tc := range []struct{ least, most, bottom, top float64 }{
		{0, 1302, 0, 1500}, {48.5, 79, 0, 80}, {-3, 9, -5, 10},
	} {
		b, top, step := Scale(tc.least, tc.most)
		if b != tc.bottom || top != tc.top || step <= 0 {
			t.Errorf("Scale(%v, %v) = %v, %v, %v", tc.least, tc.most, b, top, step)
		}
	}
}
