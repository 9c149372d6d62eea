// Modal dialogs: a form dialog and a confirmation (alert) dialog.
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { BusyButton } from './BusyButton';

export interface FormDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** A wider dialog for long forms. */
  wide?: boolean;
}

export function FormDialog({ isOpen, onClose, title, children, wide }: FormDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable
    >
      <Modal className={`modal ${wide ? 'modal-wide' : ''}`}>
        <Dialog className="dialog" data-testid="form-dialog">
          <div className="dialog-header">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            <Button className="icon-button" onPress={onClose} aria-label="Close">
              <span aria-hidden="true">×</span>
            </Button>
          </div>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface ConfirmDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isPending?: boolean;
  error?: string | null;
}

export function ConfirmDialog({
  isOpen,
  onClose,
  onConfirm,
  title,
  children,
  confirmLabel,
  isPending,
  error,
}: ConfirmDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable={!isPending}
    >
      <Modal className="modal modal-narrow">
        <Dialog className="dialog" role="alertdialog" data-testid="confirm-dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            <Button className="button" onPress={onClose} isDisabled={isPending} autoFocus>
              Cancel
            </Button>
            <BusyButton className="button button-danger" onPress={onConfirm} isBusy={!!isPending}>
              {confirmLabel}
            </BusyButton>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
