import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

export interface ErrorAlertProps {
  title: string;
  /** A sentence for people, such as a problem detail's `detail`. */
  message: string;
  onClose: () => void;
  testId: string;
}

/** Shows an error message that the person can dismiss. */
export default function ErrorAlert({ title, message, onClose, testId }: ErrorAlertProps) {
  return (
    <Alert severity="error" onClose={onClose} data-testid={testId} role="alert">
      <AlertTitle>{title}</AlertTitle>
      {message}
    </Alert>
  );
}
