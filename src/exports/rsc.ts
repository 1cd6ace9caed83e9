export { BalisesDashboard } from '../components/BalisesDashboard'
export { CalendarView } from '../../calendar/view/CalendarView'
