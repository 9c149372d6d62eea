package api

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/carnet/carnet/backend/internal/model"
)

// TestEnumTagsMatchModel: the oneof tags of the request structs list exactly
// the enumerations of package model.
func TestEnumTagsMatchModel(t *testing.T) {
	for _, tt := range []struct {
		in    any
		field string
		want  []string
	}{
		{vehicleInput{}, "FuelType", model.FuelTypes},
		{vehicleInput{}, "DistanceUnit", model.DistanceUnits},
		{serviceRecordInput{}, "Category", model.ServiceCategories},
		{serviceRecordInput{}, "ServiceType", model.ServiceTypeKeys()},
		{insurancePolicyInput{}, "PremiumPeriod", model.PremiumPeriods},
	} {
		f, _ := reflect.TypeOf(tt.in).FieldByName(tt.field)
		var got []string
		for _, rule := range strings.Split(f.Tag.Get("validate"), ",") {
			if v, ok := strings.CutPrefix(rule, "oneof="); ok {
				got = strings.Fields(v)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%T.%s: oneof %v, model says %v", tt.in, tt.field, got, tt.want)
		}
	}
}
