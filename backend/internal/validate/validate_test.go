package validate

import "testing"

func TestCheckVIN(t *testing.T) {
	cases := map[string]string{
		"1M8GDM9AXKP042788":  "",                             // the textbook North American VIN, check digit X
		"1HGCM82633A004352":  "",                             // Honda, check digit 3
		"1hgcm82633a004352":  "",                             // normalised to upper case
		"1HGCM82634A004352":  "has a wrong check digit",      // one digit off
		"WVWZZZ1JZXW000001":  "",                             // European: no check digit required
		"1HGCM82633A00435":   "must be exactly 17",           // 16 characters
		"1HGCM82633A0043521": "must be exactly 17",           // 18 characters
		"1HGCM8263IA004352":  "must not contain the letters", // I
		"1HGCM8263-A004352":  "may contain only letters",
	}
	for vin, want := range cases {
		got := CheckVIN(vin)
		if want == "" && got != "" || want != "" && (len(got) < len(want) || got[:len(want)] != want) {
			t.Errorf("CheckVIN(%q) = %q, want %q", vin, got, want)
		}
	}
}

func TestStructErrorsUseJSONNames(t *testing.T) {
	type in struct {
		Email    string `json:"email" validate:"required,email"`
		Currency string `json:"currency" validate:"currency"`
		Zone     string `json:"timezone" validate:"timezone"`
		Year     int    `json:"year" validate:"gte=1900"`
	}
	err := Struct(in{Email: "x", Currency: "usd", Zone: "Mars/Base", Year: 1800})
	errs, ok := err.(Errors)
	if !ok || len(errs) != 4 {
		t.Fatalf("err = %#v", err)
	}
	for _, f := range []string{"email", "currency", "timezone", "year"} {
		if !errs.Has(f) {
			t.Errorf("no error on %q: %v", f, errs)
		}
	}
	if Struct(in{Email: "a@b.co", Currency: "EUR", Zone: "Europe/Paris", Year: 2020}) != nil {
		t.Fatal("valid input rejected")
	}
}
