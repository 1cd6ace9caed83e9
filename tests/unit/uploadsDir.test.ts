import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase } from '../../dev/db/databaseUri'
import { uploadsDirFor } from '../../dev/db/uploadsDir'

describe('uploadsDirFor: uploaded files belong to the database, not to the working directory', () => {
  it('SQLite file: the folder of the database file, wherever the process was started', () => {
    expect(uploadsDirFor(chooseDatabase('file:/srv/balises/prod.db', '/somewhere/else'), '/app')).toBe('/srv/balises')
    expect(uploadsDirFor(chooseDatabase('file:data/test.db', '/work/a'), '/app')).toBe('/work/a/data')
    expect(uploadsDirFor(chooseDatabase(undefined, '/work/a'), '/app')).toBe(path.join('/work/a', 'data'))
  })

  it('SQLite in memory: a folder of this process under the temporary directory', () => {
    expect(uploadsDirFor(chooseDatabase('file::memory:'), '/app')).toBe(path.join(os.tmpdir(), `balises-uploads-${process.pid}`))
  })

  it('MongoDB: one folder per database name in the application folder', () => {
    expect(uploadsDirFor(chooseDatabase('mongodb://user:secret@db:27017/balises-prod?authSource=admin'), '/app')).toBe(
      '/app/data/uploads/balises-prod',
    )
    expect(uploadsDirFor(chooseDatabase('mongodb+srv://cluster.example/other'), '/app')).toBe('/app/data/uploads/other')
    expect(uploadsDirFor(chooseDatabase('mongodb://db:27017'), '/app')).toBe('/app/data/uploads/balises')
  })
})
