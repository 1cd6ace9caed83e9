import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, maskUri, mongoHosts } from '../../dev/db/databaseUri'

describe('chooseDatabase (DATABASE_URI)', () => {
  it('defaults to the embedded SQLite file data/balises.db', () => {
    expect(chooseDatabase(undefined, '/srv/app')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/app/data/balises.db',
      file: '/srv/app/data/balises.db',
    })
    expect(chooseDatabase('  ', '/srv/app').kind).toBe('sqlite')
  })

  it('takes file: URLs as SQLite, relative to the project', () => {
    expect(chooseDatabase('file:./tmp/x.db', '/srv/app')).toMatchObject({ kind: 'sqlite', file: path.resolve('/srv/app/tmp/x.db') })
    expect(chooseDatabase('file:/var/lib/balises.db', '/srv/app')).toMatchObject({ file: '/var/lib/balises.db' })
    expect(chooseDatabase('file::memory:', '/srv/app')).toEqual({ kind: 'sqlite', url: 'file::memory:', file: null })
  })

  it('takes mongodb:// and mongodb+srv:// as MongoDB', () => {
    expect(chooseDatabase('mongodb://mongo:27017/balises?replicaSet=rs0')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://mongo:27017/balises?replicaSet=rs0',
    })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example.org/db').kind).toBe('mongodb')
  })

  it('refuses other schemes with the accepted forms, password masked', () => {
    expect(() => chooseDatabase('postgres://user:hunter2@db/x')).toThrow(
      /not supported.*file:path\/to\.db or mongodb:\/\/host:27017\/balises/,
    )
    expect(() => chooseDatabase('postgres://user:hunter2@db/x')).not.toThrow(/hunter2/)
  })
})

describe('maskUri and mongoHosts', () => {
  it('masks the password and nothing else', () => {
    expect(maskUri('mongodb://balises:s3cr%40t@db.example.org:27017/x')).toBe('mongodb://balises:****@db.example.org:27017/x')
    expect(maskUri('mongodb://db.example.org/x')).toBe('mongodb://db.example.org/x')
  })

  it('lists every host of a replica-set URI with its port', () => {
    expect(mongoHosts('mongodb://u:p@a.example.org:27017,b.example.org:27018/db?replicaSet=rs0')).toEqual([
      { host: 'a.example.org', port: 27017 },
      { host: 'b.example.org', port: 27018 },
    ])
    expect(mongoHosts('mongodb://127.0.0.1/x')).toEqual([{ host: '127.0.0.1', port: 27017 }])
    expect(mongoHosts('mongodb+srv://cluster.example.org/db')).toEqual([{ host: 'cluster.example.org', port: 0 }])
  })
})
