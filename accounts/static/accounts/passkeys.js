// After a passkey is added, go on to the address in data-kb-after-passkey (the set-up step's
// next page, or the account page again so that the new passkey shows in the list).
document.addEventListener("otp_webauthn.register_complete", () => {
  const target = document.querySelector("[data-kb-after-passkey]");
  if (target) {
    window.location.assign(target.dataset.kbAfterPasskey);
  }
});
