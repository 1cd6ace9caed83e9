import { describe, expect, it } from 'vitest'

import { authMutationNames, countAuthOperations, graphqlSingularName } from '../../../dev/server/graphqlAuth'

const names = authMutationNames(graphqlSingularName('users'))

describe('GraphQL authentication operations counted at the edge', () => {
  it('names the mutations Payload generates for the users collection', () => {
    expect(names).toEqual(['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser'])
  })

  it('counts every alias, every operation of the document and every fragment', () => {
    const aliases = Array.from({ length: 25 }, (_, index) => `a${index}: loginUser(email: "x@y.z", password: "p${index}") { token }`)
    expect(countAuthOperations({ query: `mutation { ${aliases.join('\n')} }` }, names)).toBe(25)
    const fragments = `
      mutation A { ...Guess }
      mutation B { forgotPasswordUser(email: "x@y.z") unlockUser(email: "x@y.z") }
      fragment Guess on Mutation { loginUser(email: "x@y.z", password: "p") { token } }`
    expect(countAuthOperations({ query: fragments, operationName: 'A' }, names)).toBe(3)
    expect(
      countAuthOperations(
        [
          { query: 'mutation { loginUser(email: "a", password: "b") { token } }' },
          { query: 'mutation { resetPasswordUser(token: "t", password: "p") { token } }' },
        ],
        names,
      ),
    ).toBe(2)
    expect(countAuthOperations('mutation { loginUser(email: "a", password: "b") { token } }', names)).toBe(1)
  })

  it('counts nothing in other requests and in bodies that are not GraphQL', () => {
    expect(countAuthOperations({ query: '{ Posts { docs { id } } }' }, names)).toBe(0)
    expect(countAuthOperations({ query: 'mutation { loginUser(' }, names)).toBe(0)
    expect(countAuthOperations(null, names)).toBe(0)
    expect(countAuthOperations({ query: 42 }, names)).toBe(0)
  })
})
