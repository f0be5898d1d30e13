/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require(), so this file is CommonJS. */
/**
 * electron-builder afterPack hook: flip Electron's fuses in the packed binary before it is
 * signed, switching off what an offline studio never needs and an attacker would love:
 *   RunAsNode off                        (ELECTRON_RUN_AS_NODE cannot turn the app into node)
 *   EnableNodeOptionsEnvironmentVariable off (NODE_OPTIONS cannot inject code)
 *   EnableNodeCliInspectArguments off    (--inspect cannot attach a debugger)
 *   EnableEmbeddedAsarIntegrityValidation on (a tampered app.asar refuses to load; macOS/Windows)
 *   OnlyLoadAppFromAsar on               (no loose app folder next to the asar is loaded)
 *   GrantFileProtocolExtraPrivileges off (the renderer is served from app://, not file://)
 * CommonJS because electron-builder requires hooks.
 */
const path = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');

/** electron-builder's Arch enum value for arm64. */
const ARCH_ARM64 = 3;

/** The fuse settings, for a platform and arch. */
function fuseConfig(platformName, arch) {
  return {
    version: FuseVersion.V1,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: (platformName === 'darwin' || platformName === 'mas') && arch === ARCH_ARM64,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The studio is served from app://, never file://; file:// needs no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where the packed Electron binary is (a .app bundle on macOS: the library finds the framework). */
function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName, context.arch));
  console.log(`  • fuses flipped  file=${path.relative(process.cwd(), binary)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;
