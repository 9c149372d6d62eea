package demo

import (
	"math/rand/v2"

	"github.com/carnet/carnet/backend/internal/validate"
)

// vinYearCodes is position 10 of a VIN: the model year, in a 30-year cycle
// starting 1980 (letters I, O, Q, U, Z and the digit 0 are never used).
const vinYearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789"

var vinValues = map[byte]int{
	'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
	'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9,
	'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9,
}

var vinWeights = [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// makeVIN builds a VIN for the catalogue entry and model year with a random
// serial, and the correct check digit (position 9) whatever the country:
// validate.CheckVIN accepts it.
func makeVIN(rng *rand.Rand, e *catalogEntry, year int) string {
	b := make([]byte, 17)
	copy(b, e.WMI)
	copy(b[3:], e.VDS)
	b[8] = '0'
	b[9] = vinYearCodes[(year-1980)%30]
	b[10] = e.Plants[rng.IntN(len(e.Plants))]
	// Serial: six digits, as most manufacturers use.
	for i := 11; i < 17; i++ {
		b[i] = byte('0' + rng.IntN(10))
	}
	b[8] = vinCheckDigit(b)
	vin := string(b)
	if msg := validate.CheckVIN(vin); msg != "" {
		panic("demo: generated VIN " + vin + " " + msg) // a catalogue mistake
	}
	return vin
}

func vinCheckDigit(b []byte) byte {
	sum := 0
	for i, c := range b {
		if c >= '0' && c <= '9' {
			sum += int(c-'0') * vinWeights[i]
		} else {
			sum += vinValues[c] * vinWeights[i]
		}
	}
	if sum%11 == 10 {
		return 'X'
	}
	return byte('0' + sum%11)
}
