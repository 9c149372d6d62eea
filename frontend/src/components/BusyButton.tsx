import { Button, type ButtonProps } from 'react-aria-components';

/**
 * A button that is disabled while its action runs, with a spinner. (React Aria's
 * own `isPending` announces through a live region node that axe reports as an
 * unnamed image once the button is gone, so it is not used.)
 */
export function BusyButton({ isBusy, isDisabled, children, ...props }: ButtonProps & { isBusy: boolean }) {
  return (
    <Button {...props} isDisabled={isBusy || isDisabled} data-busy={isBusy || undefined}>
      {(renderProps) => (
        <>
          {isBusy ? <span className="spinner spinner-small" aria-hidden="true" /> : null}
          {typeof children === 'function' ? children(renderProps) : children}
        </>
      )}
    </Button>
  );
}
