"""An Item / Notes / Action table with the number in a column of its own: the Item cell, wrapped at the cell's
edge over several lines, is the minute's title as a whole; the Notes cell is its narrative."""
from minutebook.ingest.readers.tables import grid_lines


def test_item_column_is_the_whole_title():
    header = ["", "Item", "Notes", "Action"]
    rows = [[[("01/1920", False)], [("To record those who", False), ("were present", False)],
             [("The meeting commenced at 1906", False)], []],
            [[("02/1920", False)], [("To agree the Minutes", False), ("of the last meeting", False)],
             [("Agreed and signed.", False)], [("Clerk", False)]]]
    lines = [ln for ln in grid_lines(header, rows, page=1, wrapped=True) if ln.text]
    heads = [ln.text for ln in lines if ln.heading]
    assert heads == ["01/1920 To record those who were present", "02/1920 To agree the Minutes of the last meeting"]
    assert "The meeting commenced at 1906" in [ln.text for ln in lines]
