package model

import "testing"

func TestParseMoney(t *testing.T) {
	ok := map[string]Money{"0": 0, "45": 4500, "45.9": 4590, "45.99": 4599, " 1200.05 ": 120005}
	for in, want := range ok {
		got, err := ParseMoney(in)
		if err != nil || got != want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", in, got, err, want)
		}
		if back, _ := ParseMoney(got.String()); back != got {
			t.Errorf("round trip of %q: %s", in, got)
		}
	}
	for _, in := range []string{"", "-1", "1.234", "1e3", "abc", "1.", ".5", "+3", "99999999999999"} {
		if _, err := ParseMoney(in); err == nil {
			t.Errorf("ParseMoney(%q) accepted", in)
		}
	}
	if s := Money(4599).String(); s != "45.99" {
		t.Errorf("String = %q", s)
	}
	if m, _ := ParseMilli("3.499"); m != 3499 || m.String() != "3.499" {
		t.Errorf("ParseMilli = %d %s", m, m)
	}
}

func TestDateScanBothDialects(t *testing.T) {
	var d Date
	if err := d.Scan("2024-02-29"); err != nil || d.String() != "2024-02-29" {
		t.Fatalf("scan text: %v %s", err, d)
	}
	if err := d.Scan([]byte("2024-03-01 00:00:00+00:00")); err != nil || d.String() != "2024-03-01" {
		t.Fatalf("scan bytes: %v %s", err, d)
	}
	if _, err := ParseDate("2024-02-30"); err == nil {
		t.Fatal("2024-02-30 accepted")
	}
}
