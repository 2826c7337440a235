"""Qt windows, pages, dialogs and item models. The only package that imports Qt."""
