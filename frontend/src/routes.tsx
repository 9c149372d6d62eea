// Routes. Every page is its own chunk (React.lazy); the shell (layout, auth
// guards, API client) is in the entry chunk.
import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicOnly, RequireAuth } from './components/AuthGuards';
import { Layout, RouteError } from './components/Layout';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const SignupPage = lazy(() => import('./pages/SignupPage'));
const GaragePage = lazy(() => import('./pages/GaragePage'));
const VehicleFormPage = lazy(() => import('./pages/VehicleFormPage'));
const VehiclePage = lazy(() => import('./pages/VehiclePage'));
const OverviewTab = lazy(() => import('./pages/vehicle/OverviewTab'));
const ServiceTab = lazy(() => import('./pages/vehicle/ServiceTab'));
const FuelTab = lazy(() => import('./pages/vehicle/FuelTab'));
const OdometerTab = lazy(() => import('./pages/vehicle/OdometerTab'));
const RegistrationsTab = lazy(() => import('./pages/vehicle/RegistrationsTab'));
const InsuranceTab = lazy(() => import('./pages/vehicle/InsuranceTab'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'signup', element: <SignupPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <GaragePage /> },
          { path: 'vehicles/new', element: <VehicleFormPage /> },
          { path: 'vehicles/:vehicleId/edit', element: <VehicleFormPage /> },
          {
            path: 'vehicles/:vehicleId',
            element: <VehiclePage />,
            children: [
              { index: true, element: <OverviewTab /> },
              { path: 'service', element: <ServiceTab /> },
              { path: 'fuel', element: <FuelTab /> },
              { path: 'odometer', element: <OdometerTab /> },
              { path: 'registrations', element: <RegistrationsTab /> },
              { path: 'insurance', element: <InsuranceTab /> },
            ],
          },
          { path: 'settings', element: <SettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
