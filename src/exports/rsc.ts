export { BalisesDashboard } from '../components/BalisesDashboard'
