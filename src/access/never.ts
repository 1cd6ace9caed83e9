import type { Access } from 'payload'

export const never: Access = () => false
