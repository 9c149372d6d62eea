import { Switch } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useServiceTypes, useVehicles } from '../api/queries';
import { EmptyState, Loading, QueryError, usePageTitle } from '../components/Status';
import { VehicleCard } from '../components/VehicleCard';
import { useFormatter } from '../lib/prefs';

export default function GaragePage() {
  usePageTitle('Garage');
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('archived') === 'all';
  const vehicles = useVehicles(showArchived ? 'all' : 'false');
  const serviceTypes = useServiceTypes();
  const fmt = useFormatter();

  const setShowArchived = (on: boolean) => {
    setParams(on ? { archived: 'all' } : {}, { replace: true });
  };

  const items = vehicles.data?.items ?? [];

  return (
    <div className="page">
      <div className="page-header">
        <h1>Garage</h1>
        <div className="page-actions">
          <Switch className="switch" isSelected={showArchived} onChange={setShowArchived}>
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            Show archived
          </Switch>
          <Link to="/vehicles/new" className="button button-primary">
            Add vehicle
          </Link>
        </div>
      </div>
      {vehicles.isPending ? (
        <Loading label="Loading your vehicles…" />
      ) : vehicles.isError ? (
        <QueryError error={vehicles.error} onRetry={() => void vehicles.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={showArchived ? 'No vehicles yet' : 'Your garage is empty'} testId="empty-garage">
          <p>
            Start by adding your first vehicle: its make, model and year are all Carnet needs. Then record its
            services, fill-ups, odometer readings, registrations and insurance as they happen.
          </p>
          <p>
            <Link to="/vehicles/new" className="button button-primary">
              Add your first vehicle
            </Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="vehicle-grid" aria-label="Vehicles">
          {items.map((v) => (
            <VehicleCard key={v.id} vehicle={v} fmt={fmt} serviceTypes={serviceTypes.data} />
          ))}
        </ul>
      )}
    </div>
  );
}
