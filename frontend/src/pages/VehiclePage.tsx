import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { BusyButton } from '../components/BusyButton';
import { api } from '../api/endpoints';
import { keys, useVehicle } from '../api/queries';
import type { Vehicle } from '../api/types';
import { ConfirmDialog } from '../components/Dialogs';
import { Loading, QueryError, usePageTitle } from '../components/Status';
import { CarPlaceholder } from '../components/VehicleCard';
import { useFormatter } from '../lib/prefs';
import { describeError } from '../lib/useForm';
import { vehicleTitle, yearMakeModel } from '../lib/vehicle';
import NotFoundPage from './NotFoundPage';
import type { VehicleContext } from './vehicle/context';

const TABS = [
  { path: '', id: 'overview', label: 'Overview' },
  { path: 'service', id: 'service', label: 'Service' },
  { path: 'fuel', id: 'fuel', label: 'Fuel' },
  { path: 'odometer', id: 'odometer', label: 'Odometer' },
  { path: 'registrations', id: 'registrations', label: 'Registrations' },
  { path: 'insurance', id: 'insurance', label: 'Insurance' },
];

function VehicleHeader({ vehicle }: { vehicle: Vehicle }) {
  const fmt = useFormatter();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const archive = useMutation({
    mutationFn: () => api.updateVehicle(vehicle.id, { archived: !vehicle.archived }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.vehicle(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.vehicles() });
    },
  });
  const remove = useMutation({
    mutationFn: () => api.deleteVehicle(vehicle.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: keys.vehicle(vehicle.id) });
      await queryClient.invalidateQueries({ queryKey: keys.vehicles() });
      void navigate('/', { replace: true });
    },
  });

  const title = vehicleTitle(vehicle);
  const subtitle = vehicle.name?.trim() ? yearMakeModel(vehicle) : vehicle.trim;
  return (
    <div className="vehicle-header">
      <CarPlaceholder className="vehicle-photo" />
      <div className="vehicle-header-text">
        <p className="breadcrumb">
          <Link to="/">Garage</Link> <span aria-hidden="true">›</span>
        </p>
        <h1 data-testid="vehicle-title">{title}</h1>
        <p className="muted">
          {[subtitle, vehicle.license_plate, fmt.distance(vehicle.current_odometer, vehicle.distance_unit)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {vehicle.archived ? <span className="badge">Archived</span> : null}
        {archive.isError ? (
          <p className="form-error" role="alert">
            {describeError(archive.error)}
          </p>
        ) : null}
      </div>
      <div className="page-actions">
        <Link to={`/vehicles/${vehicle.id}/edit`} className="button">
          Edit vehicle
        </Link>
        <BusyButton className="button" onPress={() => archive.mutate()} isBusy={archive.isPending}>
          {vehicle.archived ? 'Restore' : 'Archive'}
        </BusyButton>
        <Button
          className="button button-danger-quiet"
          onPress={() => {
            remove.reset();
            setConfirmDelete(true);
          }}
        >
          Delete vehicle
        </Button>
      </div>
      <ConfirmDialog
        isOpen={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
        title={`Delete ${title}?`}
        confirmLabel="Delete vehicle"
        isPending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
      >
        <p>
          {title} and all its service records, fuel entries, odometer readings, registrations and insurance policies
          will be deleted. This cannot be undone.
        </p>
        <p className="muted">To keep its history, archive it instead.</p>
      </ConfirmDialog>
    </div>
  );
}

function VehicleView({ id }: { id: number }) {
  const vehicle = useVehicle(id);
  const { pathname } = useLocation();
  usePageTitle(vehicle.data ? vehicleTitle(vehicle.data) : 'Vehicle');

  if (vehicle.isPending) return <Loading />;
  if (vehicle.isError) {
    if (isApiError(vehicle.error) && vehicle.error.status === 404) return <NotFoundPage />;
    return <QueryError error={vehicle.error} onRetry={() => void vehicle.refetch()} />;
  }
  const base = `/vehicles/${id}`;
  const selected = TABS.find((t) => t.path && pathname.startsWith(`${base}/${t.path}`))?.id ?? 'overview';
  const context: VehicleContext = { vehicle: vehicle.data };

  return (
    <div className="page vehicle-page">
      <VehicleHeader vehicle={vehicle.data} />
      <Tabs selectedKey={selected} className="tabs">
        <TabList aria-label="Vehicle sections" className="tab-list">
          {TABS.map((t) => (
            <Tab key={t.id} id={t.id} href={t.path ? `${base}/${t.path}` : base} className="tab">
              {t.label}
            </Tab>
          ))}
        </TabList>
        <TabPanel key={selected} id={selected} className="tab-panel">
          <Outlet context={context} />
        </TabPanel>
      </Tabs>
    </div>
  );
}

export default function VehiclePage() {
  const { vehicleId } = useParams();
  const id = Number(vehicleId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <VehicleView key={id} id={id} />;
}
