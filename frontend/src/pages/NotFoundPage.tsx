import { Link } from 'react-router';
import { usePageTitle } from '../components/Status';

export default function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="not-found" data-testid="not-found">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/" className="button button-primary">
          Go to your garage
        </Link>
      </p>
    </div>
  );
}
