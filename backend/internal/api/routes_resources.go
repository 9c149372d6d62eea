package api

import "github.com/gofiber/fiber/v2"

// resourceRoutes: vehicles and their records. Every route but the service
// type catalogue (the same for everyone) needs a signed-in user, and every
// id is looked up among the caller's own data: another user's id is a 404.
func (a *API) resourceRoutes(r fiber.Router, user fiber.Handler) {
	r.Get("/service-types", a.listServiceTypes)

	r.Get("/vehicles", user, a.listVehicles)
	r.Post("/vehicles", user, a.createVehicle)
	r.Get("/vehicles/:id", user, a.getVehicle)
	r.Patch("/vehicles/:id", user, a.updateVehicle)
	r.Delete("/vehicles/:id", user, a.deleteVehicle)

	r.Get("/vehicles/:id/service-records", user, a.listServiceRecords)
	r.Post("/vehicles/:id/service-records", user, a.createServiceRecord)
	r.Get("/service-records/:id", user, a.getServiceRecord)
	r.Patch("/service-records/:id", user, a.updateServiceRecord)
	r.Delete("/service-records/:id", user, a.deleteServiceRecord)

	r.Get("/vehicles/:id/registrations", user, a.listRegistrations)
	r.Post("/vehicles/:id/registrations", user, a.createRegistration)
	r.Get("/registrations/:id", user, a.getRegistration)
	r.Patch("/registrations/:id", user, a.updateRegistration)
	r.Delete("/registrations/:id", user, a.deleteRegistration)

	r.Get("/insurance-policies", user, a.listInsurancePolicies)
	r.Post("/insurance-policies", user, a.createInsurancePolicy)
	r.Get("/insurance-policies/:id", user, a.getInsurancePolicy)
	r.Patch("/insurance-policies/:id", user, a.updateInsurancePolicy)
	r.Delete("/insurance-policies/:id", user, a.deleteInsurancePolicy)

	r.Get("/vehicles/:id/odometer-readings", user, a.listOdometerReadings)
	r.Post("/vehicles/:id/odometer-readings", user, a.createOdometerReading)
	r.Get("/odometer-readings/:id", user, a.getOdometerReading)
	r.Patch("/odometer-readings/:id", user, a.updateOdometerReading)
	r.Delete("/odometer-readings/:id", user, a.deleteOdometerReading)

	r.Get("/vehicles/:id/fuel-entries", user, a.listFuelEntries)
	r.Post("/vehicles/:id/fuel-entries", user, a.createFuelEntry)
	r.Get("/fuel-entries/:id", user, a.getFuelEntry)
	r.Patch("/fuel-entries/:id", user, a.updateFuelEntry)
	r.Delete("/fuel-entries/:id", user, a.deleteFuelEntry)
}
