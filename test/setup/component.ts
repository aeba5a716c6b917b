import './browserShims';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The panel's later parts come from a chunk that the test runner transforms the first time a test
// file loads it; on a busy machine that alone can take longer than the find* queries' default 1 s.
configure({ asyncUtilTimeout: 3_000 });
