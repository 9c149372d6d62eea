package validate

import (
	"strings"
	"time"
)

var vinValues = map[rune]int{
	'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
	'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9,
	'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9,
}

var vinWeights = [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// NormalizeVIN upper-cases and trims a VIN.
func NormalizeVIN(vin string) string { return strings.ToUpper(strings.TrimSpace(vin)) }

// CheckVIN returns "" for a valid VIN or a message saying what is wrong. The
// check digit (position 9) is verified for North American VINs (first
// character 1-5), where it is mandatory.
func CheckVIN(vin string) string {
	vin = NormalizeVIN(vin)
	if len(vin) != 17 {
		return "must be exactly 17 characters long"
	}
	sum := 0
	for i, r := range vin {
		switch {
		case r == 'I' || r == 'O' || r == 'Q':
			return "must not contain the letters I, O or Q"
		case r >= '0' && r <= '9':
			sum += int(r-'0') * vinWeights[i]
		case r >= 'A' && r <= 'Z':
			sum += vinValues[r] * vinWeights[i]
		default:
			return "may contain only letters and digits"
		}
	}
	if vin[0] >= '1' && vin[0] <= '5' {
		want := byte('0' + sum%11)
		if sum%11 == 10 {
			want = 'X'
		}
		if vin[8] != want {
			return "has a wrong check digit (position 9): please check the VIN for a typo"
		}
	}
	return ""
}

// IsCurrency reports whether s looks like an ISO 4217 code among the common ones.
func IsCurrency(s string) bool {
	_, ok := currencies[s]
	return ok
}

// currencies lists ISO 4217 codes in use.
var currencies = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, c := range strings.Fields(`AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD
	BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP
	GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
	LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK
	PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP
	TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL`) {
		m[c] = struct{}{}
	}
	return m
}()

// IsTimezone reports whether s is an IANA zone known to this binary.
func IsTimezone(s string) bool {
	if s == "" || s == "Local" {
		return false
	}
	_, err := time.LoadLocation(s)
	return err == nil
}
