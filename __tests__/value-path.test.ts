/**
 * Where a value may be read from, decided from the path as written: the root it must stay in, or
 * why it is refused. Windows paths on every platform, since the rule takes the platform.
 */
import { describe, expect, it } from '@jest/globals'
import { confineValuePath, isInside, type ValuePlaces } from '../src/value-path.js'

const LINUX: ValuePlaces = { workspace: '/w/repo/repo', runnerTemp: '/w/_temp', platform: 'linux' }
const WINDOWS: ValuePlaces = { workspace: 'D:\\a\\repo\\repo', runnerTemp: 'D:\\a\\_temp', platform: 'win32' }

type Expected =
  { path: string; root: 'workspace' | 'RUNNER_TEMP'; dir: string; excluded?: string } | { refused: RegExp }

const OUTSIDE = /is outside the workspace/
const INTO_TEMP = /inside RUNNER_TEMP .* relative to the workspace/

describe('confineValuePath', () => {
  it.each<[string, string, ValuePlaces, Expected]>([
    // Linux, as on a hosted runner: RUNNER_TEMP beside the workspace.
    [
      'a relative path',
      'build/app.env',
      LINUX,
      { path: '/w/repo/repo/build/app.env', root: 'workspace', dir: '/w/repo/repo', excluded: '/w/_temp' }
    ],
    [
      'a relative path that climbs and comes back',
      'a/../b/./c.env',
      LINUX,
      { path: '/w/repo/repo/b/c.env', root: 'workspace', dir: '/w/repo/repo', excluded: '/w/_temp' }
    ],
    [
      'an absolute path inside the workspace',
      '/w/repo/repo/build/key.pem',
      LINUX,
      { path: '/w/repo/repo/build/key.pem', root: 'workspace', dir: '/w/repo/repo', excluded: '/w/_temp' }
    ],
    [
      'an absolute path under RUNNER_TEMP',
      '/w/_temp/generated/key.pem',
      LINUX,
      { path: '/w/_temp/generated/key.pem', root: 'RUNNER_TEMP', dir: '/w/_temp' }
    ],
    ['../ out of the workspace', '../secret', LINUX, { refused: OUTSIDE }],
    ['../ into RUNNER_TEMP (relative, so refused)', '../../_temp/git-credentials', LINUX, { refused: OUTSIDE }],
    ['an absolute path elsewhere', '/home/runner/.ssh/id_rsa', LINUX, { refused: OUTSIDE }],
    ['/proc/self/environ', '/proc/self/environ', LINUX, { refused: OUTSIDE }],
    ['a sibling whose name starts like the workspace', '/w/repo/repo-other/x', LINUX, { refused: OUTSIDE }],
    ['a sibling whose name starts like RUNNER_TEMP', '/w/_temp2/x', LINUX, { refused: OUTSIDE }],
    ['out of RUNNER_TEMP by .. in an absolute path', '/w/_temp/../secret', LINUX, { refused: OUTSIDE }],
    ['an absolute path with upper case letters (Linux is case-sensitive)', '/W/_TEMP/x', LINUX, { refused: OUTSIDE }],
    [
      'an absolute path under RUNNER_TEMP when there is none (outside a runner)',
      '/w/_temp/x',
      { workspace: '/w/repo/repo', runnerTemp: undefined, platform: 'linux' },
      { refused: OUTSIDE }
    ],
    [
      'a relative path outside a runner: no RUNNER_TEMP to exclude',
      'x.env',
      { workspace: '/home/me/project', runnerTemp: undefined, platform: 'linux' },
      { path: '/home/me/project/x.env', root: 'workspace', dir: '/home/me/project' }
    ],
    // RUNNER_TEMP inside the workspace: reachable only by its absolute path.
    [
      'a relative path into RUNNER_TEMP inside the workspace',
      '_temp/git-credentials',
      { workspace: '/w/ws', runnerTemp: '/w/ws/_temp', platform: 'linux' },
      { refused: INTO_TEMP }
    ],
    [
      'an absolute path under RUNNER_TEMP inside the workspace',
      '/w/ws/_temp/generated.env',
      { workspace: '/w/ws', runnerTemp: '/w/ws/_temp', platform: 'linux' },
      { path: '/w/ws/_temp/generated.env', root: 'RUNNER_TEMP', dir: '/w/ws/_temp' }
    ],
    [
      'another relative path with RUNNER_TEMP inside the workspace',
      'build/app.env',
      { workspace: '/w/ws', runnerTemp: '/w/ws/_temp', platform: 'linux' },
      { path: '/w/ws/build/app.env', root: 'workspace', dir: '/w/ws', excluded: '/w/ws/_temp' }
    ],
    [
      'a workspace inside RUNNER_TEMP does not exclude itself',
      'app.env',
      { workspace: '/t/ws', runnerTemp: '/t', platform: 'linux' },
      { path: '/t/ws/app.env', root: 'workspace', dir: '/t/ws' }
    ],
    // Windows: case-insensitive, both separators, drives and shares.
    [
      'Windows: a relative path with backslashes',
      'build\\app.env',
      WINDOWS,
      {
        path: 'D:\\a\\repo\\repo\\build\\app.env',
        root: 'workspace',
        dir: 'D:\\a\\repo\\repo',
        excluded: 'D:\\a\\_temp'
      }
    ],
    [
      'Windows: a relative path with forward slashes',
      'build/app.env',
      WINDOWS,
      {
        path: 'D:\\a\\repo\\repo\\build\\app.env',
        root: 'workspace',
        dir: 'D:\\a\\repo\\repo',
        excluded: 'D:\\a\\_temp'
      }
    ],
    [
      'Windows: RUNNER_TEMP written in another case',
      'd:\\A\\_TEMP\\gen\\key.pem',
      WINDOWS,
      { path: 'd:\\A\\_TEMP\\gen\\key.pem', root: 'RUNNER_TEMP', dir: 'D:\\a\\_temp' }
    ],
    [
      'Windows: the workspace written in another case',
      'd:/A/Repo/REPO/key.pem',
      WINDOWS,
      { path: 'd:\\A\\Repo\\REPO\\key.pem', root: 'workspace', dir: 'D:\\a\\repo\\repo', excluded: 'D:\\a\\_temp' }
    ],
    ['Windows: ..\\ out of the workspace', '..\\secret', WINDOWS, { refused: OUTSIDE }],
    ['Windows: another drive', 'C:\\Users\\runneradmin\\.ssh\\id_rsa', WINDOWS, { refused: OUTSIDE }],
    ['Windows: a drive-relative path on another drive', 'C:secret', WINDOWS, { refused: OUTSIDE }],
    ['Windows: a share', '\\\\server\\share\\secret', WINDOWS, { refused: OUTSIDE }],
    [
      'Windows: a relative path into RUNNER_TEMP inside the workspace, in another case',
      '_TEMP\\creds',
      { workspace: 'D:\\a\\ws', runnerTemp: 'D:\\a\\WS\\_temp', platform: 'win32' },
      { refused: INTO_TEMP }
    ]
  ])('%s', (_name, written, places, expected) => {
    const confined = confineValuePath(written, places)
    if ('refused' in expected) {
      expect(confined).toEqual({ refused: expect.stringMatching(expected.refused) })
      // The error names the path as written, for the user to find it.
      expect((confined as { refused: string }).refused.startsWith(written)).toBe(true)
    } else {
      expect(confined).toEqual({
        path: expected.path,
        root: { name: expected.root, dir: expected.dir, excluded: expected.excluded, platform: places.platform }
      })
    }
  })
})

describe('isInside', () => {
  it.each<[string, string, NodeJS.Platform, boolean]>([
    ['/a/b', '/a/b', 'linux', true],
    ['/a/b/c', '/a/b', 'linux', true],
    ['/a/bc', '/a/b', 'linux', false],
    ['/a', '/a/b', 'linux', false],
    ['/anything', '/', 'linux', true],
    ['/A/B/c', '/a/b', 'linux', false],
    ['/A/B/c', '/a/b', 'darwin', true],
    ['C:\\A\\B\\c', 'c:\\a\\b', 'win32', true],
    ['C:\\a\\bc', 'C:\\a\\b', 'win32', false],
    ['C:\\x', 'C:\\', 'win32', true],
    ['D:\\x', 'C:\\', 'win32', false]
  ])('%s in %s (%s): %s', (file, dir, platform, inside) => {
    expect(isInside(file, dir, platform)).toBe(inside)
  })
})
