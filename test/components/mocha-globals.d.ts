// Browser tests run under mocha (web-test-runner): its describe/it/before/after are globals there.
/// <reference types="mocha" />
