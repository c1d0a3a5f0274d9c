export { ClaimsBar } from './ClaimsBar.tsx';
export { ClaimsPanel } from './ClaimsPanel.tsx';
export { ClaimsGateSetting } from './ClaimsGateSetting.tsx';
export { ReadinessGateDialog } from './ReadinessGateDialog.tsx';
