import { useOutletContext } from 'react-router';
import type { Vehicle } from '../../api/types';

export interface VehicleContext {
  vehicle: Vehicle;
}

export function useVehicleContext(): VehicleContext {
  return useOutletContext<VehicleContext>();
}
