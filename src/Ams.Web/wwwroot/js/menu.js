// The menu button of small screens: opens and closes the main menu, says so in aria-expanded, and closes on Escape.
// Without scripts the button is never shown and the menu stays open above the page (see site.css).
document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('menu-button');
    const menu = document.getElementById('menu');
    if (!button || !menu) {
        return;
    }

    const setOpen = (open) => {
        button.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('open', open);
    };

    button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        setOpen(open);
        if (open) {
            menu.querySelector('a')?.focus();
        }
    });

    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            setOpen(false);
            button.focus();
        }
    });
});
