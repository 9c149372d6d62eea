import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRecords, useServiceTypes } from '../../api/queries';
import { Loading, usePageTitle } from '../../components/Status';
import { daysBetween, formatRelativeDays, plural } from '../../lib/format';
import { useFormatter } from '../../lib/prefs';
import { fuelTypeLabel, serviceTypeLabel, vehicleTitle } from '../../lib/vehicle';
import { useVehicleContext } from './context';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children || '—'}</dd>
    </div>
  );
}

function DueDate({ date, testId, today }: { date: string | undefined; testId: string; today: string }) {
  const fmt = useFormatter();
  if (!date) return <span data-testid={testId}>None recorded</span>;
  const days = daysBetween(today, date);
  const tone = days < 0 ? 'badge-danger' : days <= 30 ? 'badge-warning' : 'badge-ok';
  return (
    <span data-testid={testId}>
      {fmt.date(date)}{' '}
      <span className={`badge ${tone}`}>{days < 0 ? `expired ${formatRelativeDays(days)}` : formatRelativeDays(days)}</span>
    </span>
  );
}

export default function OverviewTab() {
  const { vehicle } = useVehicleContext();
  usePageTitle(vehicleTitle(vehicle));
  const fmt = useFormatter();
  const types = useServiceTypes().data ?? [];
  const today = fmt.today();
  const services = useRecords('service', vehicle.id, { per_page: 5, sort: '-date' });
  const fuel = useRecords('fuel', vehicle.id, { per_page: 5, sort: '-date' });
  const registration = useRecords('registrations', vehicle.id, { per_page: 1, sort: '-expires_on' });
  const insurance = useRecords('insurance', vehicle.id, { per_page: 1, sort: '-coverage_end' });
  const base = `/vehicles/${vehicle.id}`;
  const counts = vehicle.counts;

  return (
    <div className="overview">
      <section className="card overview-card" aria-labelledby="dates-heading">
        <h2 id="dates-heading">Coming up</h2>
        <dl className="facts facts-stacked">
          <Fact label="Registration expires">
            {registration.isPending ? '…' : (
              <DueDate date={registration.data?.items[0]?.expires_on} today={today} testId="next-registration-expiry" />
            )}
          </Fact>
          <Fact label="Inspection due">
            {registration.isPending ? '…' : registration.data?.items[0]?.inspection_due_on ? (
              <DueDate date={registration.data.items[0].inspection_due_on} today={today} testId="next-inspection" />
            ) : (
              'None recorded'
            )}
          </Fact>
          <Fact label="Insurance ends">
            {insurance.isPending ? '…' : (
              <DueDate date={insurance.data?.items[0]?.coverage_end} today={today} testId="insurance-end" />
            )}
          </Fact>
        </dl>
      </section>

      <section className="card overview-card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Key facts</h2>
        <dl className="facts facts-grid">
          <Fact label="Make">{vehicle.make}</Fact>
          <Fact label="Model">{vehicle.model}</Fact>
          <Fact label="Year">{vehicle.year}</Fact>
          <Fact label="Trim">{vehicle.trim}</Fact>
          <Fact label="VIN" testId="vehicle-vin">
            {vehicle.vin ? <code>{vehicle.vin}</code> : null}
          </Fact>
          <Fact label="License plate">{vehicle.license_plate}</Fact>
          <Fact label="Color">{vehicle.color}</Fact>
          <Fact label="Fuel type">{fuelTypeLabel(vehicle.fuel_type)}</Fact>
          <Fact label="Current odometer" testId="vehicle-current-odometer">
            {fmt.distance(vehicle.current_odometer, vehicle.distance_unit)}
          </Fact>
          <Fact label="Purchased">
            {vehicle.purchase_date || vehicle.purchase_price
              ? [
                  vehicle.purchase_date ? fmt.date(vehicle.purchase_date) : null,
                  vehicle.purchase_price ? fmt.money(vehicle.purchase_price) : null,
                  vehicle.purchase_odometer !== null ? fmt.distance(vehicle.purchase_odometer, vehicle.distance_unit) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')
              : null}
          </Fact>
        </dl>
        {vehicle.notes ? <p className="notes">{vehicle.notes}</p> : null}
        {counts ? (
          <p className="muted counts">
            {[
              plural(counts.service_records, 'service record', 'service records'),
              plural(counts.fuel_entries, 'fuel entry', 'fuel entries'),
              plural(counts.odometer_readings, 'odometer reading', 'odometer readings'),
              plural(counts.registrations, 'registration', 'registrations'),
              plural(counts.insurance_policies, 'insurance policy', 'insurance policies'),
            ].join(' · ')}
          </p>
        ) : null}
      </section>

      <section className="card overview-card" aria-labelledby="latest-service-heading">
        <div className="section-header">
          <h2 id="latest-service-heading">Latest services</h2>
          <Link to={`${base}/service`}>All service records</Link>
        </div>
        {services.isPending ? (
          <Loading />
        ) : (services.data?.items.length ?? 0) === 0 ? (
          <p className="muted">
            No service recorded yet. <Link to={`${base}/service`}>Add the first one</Link>.
          </p>
        ) : (
          <ul className="mini-list" data-testid="latest-services">
            {services.data?.items.map((r) => (
              <li key={r.id}>
                <span className="mini-main">{r.title || serviceTypeLabel(r.service_type, types)}</span>
                <span className="mini-meta">
                  {fmt.date(r.date)}
                  {r.odometer !== null ? ` · ${fmt.distance(r.odometer, vehicle.distance_unit)}` : ''}
                  {r.cost !== null ? ` · ${fmt.money(r.cost)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card overview-card" aria-labelledby="latest-fuel-heading">
        <div className="section-header">
          <h2 id="latest-fuel-heading">Latest fill-ups</h2>
          <Link to={`${base}/fuel`}>All fuel entries</Link>
        </div>
        {fuel.isPending ? (
          <Loading />
        ) : (fuel.data?.items.length ?? 0) === 0 ? (
          <p className="muted">
            No fill-up recorded yet. <Link to={`${base}/fuel`}>Add one</Link>.
          </p>
        ) : (
          <ul className="mini-list" data-testid="latest-fuel">
            {fuel.data?.items.map((r) => (
              <li key={r.id}>
                <span className="mini-main">
                  {fmt.quantity(r.quantity, vehicle.distance_unit)} · {fmt.money(r.total_cost)}
                </span>
                <span className="mini-meta">
                  {fmt.date(r.date)}
                  {r.economy !== null ? ` · ${fmt.economy(r.economy, r.economy_unit)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
