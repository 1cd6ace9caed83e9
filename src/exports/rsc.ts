export { BalisesDashboard } from '../components/BalisesDashboard'
export { CalendarView } from '../../calendar/view/CalendarView'
export { ToHandleView } from '../components/toHandle/ToHandleView'
export { PersonAccessView } from '../components/PersonAccessView'
