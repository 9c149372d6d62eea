import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination } from './Pagination';

describe('Pagination', () => {
  it('shows the total and the page, and moves between pages', async () => {
    const onPageChange = vi.fn();
    const user = userEvent.setup();
    render(<Pagination page={1} perPage={20} total={45} onPageChange={onPageChange} />);
    expect(screen.getByTestId('record-total')).toHaveTextContent('45 records');
    const nav = screen.getByTestId('pagination');
    expect(nav).toHaveTextContent('Page 1 of 3');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('disables Next on the last page', () => {
    render(<Pagination page={3} perPage={20} total={45} onPageChange={() => undefined} />);
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeEnabled();
  });

  it('has no page controls without records', () => {
    render(<Pagination page={1} perPage={20} total={0} onPageChange={() => undefined} />);
    expect(screen.getByTestId('record-total')).toHaveTextContent('0 records');
    expect(screen.queryByTestId('pagination')).toBeNull();
  });
});
