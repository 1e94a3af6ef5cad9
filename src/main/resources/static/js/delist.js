// delist workbench: the only script, served from the jar. Pages work without it; it adds conveniences only.
document.addEventListener('DOMContentLoaded', () => {
  // "select all" for bulk decisions
  const all = document.querySelector('[data-select-all]');
  if (all) {
    all.addEventListener('change', () => {
      document.querySelectorAll('input[name="ids"]').forEach((box) => { box.checked = all.checked; });
    });
  }
});
