import { createTheme } from '@mui/material/styles';

/** The one theme of the page. */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#3f51b5' },
    background: { default: '#f5f6f8' },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
  },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
    },
    MuiPaper: {
      defaultProps: { variant: 'outlined' },
    },
  },
});
