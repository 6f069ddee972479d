import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

export interface ErrorAlertProps {
  title: string;
  /** A sentence for people, such as a problem detail's `detail`. */
  message: string;
  onClose?: () => void;
  testId: string;
  /** `error` by default; `info` and `warning` are announced politely rather than at once. */
  severity?: AlertColor;
}

/** Shows a message with a title, which the person can dismiss when `onClose` is given. */
export default function ErrorAlert({ title, message, onClose, testId, severity = 'error' }: ErrorAlertProps) {
  return (
    <Alert severity={severity} onClose={onClose} data-testid={testId} role={severity === 'error' ? 'alert' : 'status'}>
      <AlertTitle>{title}</AlertTitle>
      {message}
    </Alert>
  );
}
