package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// insurancePolicyInput is the body of POST and PATCH insurance policies.
type insurancePolicyInput struct {
	VehicleID     int64   `json:"vehicle_id" validate:"required"`
	Provider      string  `json:"provider" validate:"required,max=200"`
	PolicyNumber  string  `json:"policy_number" validate:"max=100"`
	CoverageType  string  `json:"coverage_type" validate:"max=100"`
	CoverageStart *string `json:"coverage_start"`
	CoverageEnd   *string `json:"coverage_end"`
	Premium       *string `json:"premium"`
	PremiumPeriod string  `json:"premium_period" validate:"oneof=monthly quarterly semiannual annual"`
	Deductible    *string `json:"deductible"`
	AgentName     string  `json:"agent_name" validate:"max=200"`
	AgentPhone    string  `json:"agent_phone" validate:"max=50"`
	Notes         string  `json:"notes" validate:"max=10000"`
}

func (in *insurancePolicyInput) normalize() {
	trimAll(&in.Provider, &in.PolicyNumber, &in.CoverageType, &in.PremiumPeriod, &in.AgentName, &in.AgentPhone)
}

func insurancePolicyInputFrom(p *model.InsurancePolicy) insurancePolicyInput {
	return insurancePolicyInput{
		VehicleID: p.VehicleID, Provider: p.Provider, PolicyNumber: p.PolicyNumber, CoverageType: p.CoverageType,
		CoverageStart: dateText(&p.CoverageStart), CoverageEnd: dateText(&p.CoverageEnd),
		Premium: moneyText(&p.Premium), PremiumPeriod: p.PremiumPeriod, Deductible: moneyText(p.Deductible),
		AgentName: p.AgentName, AgentPhone: p.AgentPhone, Notes: p.Notes,
	}
}

// applyInsurancePolicy checks the rest of the rules (the vehicle must be the
// caller's) and writes in onto p.
func (a *API) applyInsurancePolicy(c *fiber.Ctx, in *insurancePolicyInput, f *fields, p *model.InsurancePolicy) error {
	if in.VehicleID != 0 && !f.errs.Has("vehicle_id") {
		_, err := store.VehicleByID(c.UserContext(), a.db, me(c).ID, in.VehicleID)
		switch {
		case errors.Is(err, store.ErrNotFound):
			f.add("vehicle_id", "is not one of your vehicles")
		case err != nil:
			return err
		}
	}
	start := f.dateField("coverage_start", in.CoverageStart, true, nil)
	end := f.dateField("coverage_end", in.CoverageEnd, true, nil)
	premium := f.money("premium", in.Premium, false)
	deductible := f.optMoney("deductible", in.Deductible)
	if !f.errs.Has("coverage_start") && !f.errs.Has("coverage_end") && !end.After(*start) {
		f.add("coverage_end", "must be after coverage_start")
	}
	if err := f.err(); err != nil {
		return err
	}
	p.VehicleID, p.Provider, p.PolicyNumber, p.CoverageType = in.VehicleID, in.Provider, in.PolicyNumber, in.CoverageType
	p.CoverageStart, p.CoverageEnd, p.Premium, p.PremiumPeriod = *start, *end, premium, in.PremiumPeriod
	p.Deductible, p.AgentName, p.AgentPhone, p.Notes = deductible, in.AgentName, in.AgentPhone, in.Notes
	return nil
}

// InsurancePolicy is the JSON form of an insurance policy.
type InsurancePolicy struct {
	ID            int64        `json:"id"`
	VehicleID     int64        `json:"vehicle_id"`
	Provider      string       `json:"provider"`
	PolicyNumber  string       `json:"policy_number"`
	CoverageType  string       `json:"coverage_type"`
	CoverageStart model.Date   `json:"coverage_start"`
	CoverageEnd   model.Date   `json:"coverage_end"`
	Premium       model.Money  `json:"premium"`
	PremiumPeriod string       `json:"premium_period"`
	Deductible    *model.Money `json:"deductible"`
	AgentName     string       `json:"agent_name"`
	AgentPhone    string       `json:"agent_phone"`
	Notes         string       `json:"notes"`
	CreatedAt     time.Time    `json:"created_at"`
	UpdatedAt     time.Time    `json:"updated_at"`
}

func insurancePolicyOut(p *model.InsurancePolicy) InsurancePolicy {
	return InsurancePolicy{
		ID: p.ID, VehicleID: p.VehicleID, Provider: p.Provider, PolicyNumber: p.PolicyNumber, CoverageType: p.CoverageType,
		CoverageStart: p.CoverageStart, CoverageEnd: p.CoverageEnd, Premium: p.Premium, PremiumPeriod: p.PremiumPeriod,
		Deductible: p.Deductible, AgentName: p.AgentName, AgentPhone: p.AgentPhone, Notes: p.Notes,
		CreatedAt: p.CreatedAt.UTC(), UpdatedAt: p.UpdatedAt.UTC(),
	}
}

// listInsurancePolicies: all the caller's policies, or one vehicle's with
// ?vehicle_id= (another user's vehicle is a 404, as in the vehicle paths).
func (a *API) listInsurancePolicies(c *fiber.Ctx) error {
	f := &fields{}
	o := listQuery(c, store.InsurancePolicySorts, f)
	var vehicleID int64
	if s := c.Query("vehicle_id"); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id < 1 {
			f.add("vehicle_id", "must be a vehicle id (a whole number from 1)")
		}
		vehicleID = id
	}
	if err := f.err(); err != nil {
		return err
	}
	ctx := c.UserContext()
	if vehicleID != 0 {
		if _, err := store.VehicleByID(ctx, a.db, me(c).ID, vehicleID); err != nil {
			return err
		}
	}
	items, total, err := store.ListInsurancePolicies(ctx, a.db, me(c).ID, vehicleID, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(items, o, total, insurancePolicyOut))
}

func (a *API) createInsurancePolicy(c *fiber.Ctx) error {
	in := insurancePolicyInput{PremiumPeriod: "annual"}
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	p := &model.InsurancePolicy{UserID: me(c).ID}
	if err := a.applyInsurancePolicy(c, &in, f, p); err != nil {
		return err
	}
	if err := store.CreateInsurancePolicy(c.UserContext(), a.db, p, a.clock()); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(insurancePolicyOut(p))
}

func (a *API) getInsurancePolicy(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	p, err := store.InsurancePolicyByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return c.JSON(insurancePolicyOut(p))
}

func (a *API) updateInsurancePolicy(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	p, err := store.InsurancePolicyByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	in := insurancePolicyInputFrom(p)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	if err := a.applyInsurancePolicy(c, &in, f, p); err != nil {
		return err
	}
	if err := store.UpdateInsurancePolicy(c.UserContext(), a.db, p, a.clock()); err != nil {
		return err
	}
	return c.JSON(insurancePolicyOut(p))
}

func (a *API) deleteInsurancePolicy(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteInsurancePolicy(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
