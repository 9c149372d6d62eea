import { Link } from 'react-router';
import type { ServiceType, Vehicle } from '../api/types';
import type { Formatter } from '../lib/prefs';
import { vehicleTitle, yearMakeModel } from '../lib/vehicle';

export function CarPlaceholder({ className }: { className?: string }) {
  return (
    <div className={`photo-placeholder ${className ?? ''}`} aria-hidden="true">
      <svg viewBox="0 0 120 60" focusable="false">
        <path d="M12 40l9-17c2-4 5-6 10-6h44c5 0 8 2 11 6l12 13 8 2c3 1 4 3 4 6v4c0 2-1 3-3 3H14c-2 0-3-1-3-3v-5c0-1 0-2 1-3z" />
        <circle cx="32" cy="47" r="8" />
        <circle cx="88" cy="47" r="8" />
      </svg>
    </div>
  );
}

export function VehicleCard({
  vehicle,
  fmt,
  serviceTypes,
}: {
  vehicle: Vehicle;
  fmt: Formatter;
  serviceTypes: ServiceType[] | undefined;
}) {
  const title = vehicleTitle(vehicle);
  const subtitle = vehicle.name?.trim() ? yearMakeModel(vehicle) : (vehicle.trim ?? '');
  const latest = vehicle.latest_service;
  const latestLabel = latest
    ? latest.title || serviceTypes?.find((t) => t.key === latest.service_type)?.label || latest.service_type
    : null;
  return (
    <li className={`vehicle-card card ${vehicle.archived ? 'is-archived' : ''}`} data-testid="vehicle-card">
      <CarPlaceholder />
      <div className="vehicle-card-body">
        <h2 className="vehicle-card-title">
          <Link to={`/vehicles/${vehicle.id}`} className="card-link" data-testid="vehicle-card-link">
            {title}
          </Link>
        </h2>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
        {vehicle.archived ? <span className="badge">Archived</span> : null}
        <dl className="facts">
          <div>
            <dt>Plate</dt>
            <dd data-testid="vehicle-plate">{vehicle.license_plate || '—'}</dd>
          </div>
          <div>
            <dt>Odometer</dt>
            <dd data-testid="vehicle-odometer">{fmt.distance(vehicle.current_odometer, vehicle.distance_unit)}</dd>
          </div>
          <div className="facts-wide">
            <dt>Latest service</dt>
            <dd data-testid="vehicle-latest-service">
              {latest ? `${latestLabel} · ${fmt.date(latest.date)}` : 'None recorded yet'}
            </dd>
          </div>
        </dl>
      </div>
    </li>
  );
}
