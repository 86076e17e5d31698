// The layout's behaviour on small screens; without scripts the menu stays open above the page (see site.css).
document.addEventListener('DOMContentLoaded', () => {
    // The menu button opens and closes the main menu, says so in aria-expanded, and closes on Escape.
    const button = document.getElementById('menu-button');
    const menu = document.getElementById('menu');
    if (button && menu) {
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
    }

    // A table wider than the screen scrolls inside its own box: it takes the focus then, so the keyboard can scroll it.
    const tables = document.querySelectorAll('main table');
    const focusableWhenScrolling = () => {
        for (const table of tables) {
            if (table.scrollWidth > table.clientWidth) {
                table.tabIndex = 0;
            } else {
                table.removeAttribute('tabindex');
            }
        }
    };
    const observer = new ResizeObserver(focusableWhenScrolling);
    tables.forEach((table) => observer.observe(table));
});
